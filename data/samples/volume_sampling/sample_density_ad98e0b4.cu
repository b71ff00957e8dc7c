// Warp 1.19.0 cuda code for sample_density_ad98e0b4.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sample_density_847f1212_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_samples,
    wp::float32 var_dt)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::int32 var_21;
        wp::float32 var_22;
        //---------
        // forward
        // def sample_density(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // pos = positions[tid]                                                                   <L 13>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = particle_v[tid]                                                                    <L 14>
        var_4 = wp::address(var_particle_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // p_index = wp.volume_world_to_index(volume, pos + v * dt)                               <L 15>
        var_7 = wp::mul(var_5, var_dt);
        var_8 = wp::add(var_2, var_7);
        var_9 = wp::volume_world_to_index(var_volume, var_8);
        // density = wp.volume_lookup(volume, int(wp.floor(p_index[0])), int(wp.floor(p_index[1])), int(wp.floor(p_index[2])), dtype=float)       <L 16>
        var_11 = wp::extract(var_9, var_10);
        var_12 = wp::floor(var_11);
        var_13 = wp::int(var_12);
        var_15 = wp::extract(var_9, var_14);
        var_16 = wp::floor(var_15);
        var_17 = wp::int(var_16);
        var_19 = wp::extract(var_9, var_18);
        var_20 = wp::floor(var_19);
        var_21 = wp::int(var_20);
        var_22 = wp::volume_lookup<float>(var_volume, var_13, var_17, var_21);
        // samples[tid] = density                                                                 <L 17>
        wp::array_store(var_samples, var_0, var_22);
}



extern "C" __global__ void sample_density_847f1212_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_samples,
    wp::float32 var_dt,
    wp::uint64 adj_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::float32> adj_samples,
    wp::float32 adj_dt)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::int32 var_21;
        wp::float32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        //---------
        // forward
        // def sample_density(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // pos = positions[tid]                                                                   <L 13>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = particle_v[tid]                                                                    <L 14>
        var_4 = wp::address(var_particle_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // p_index = wp.volume_world_to_index(volume, pos + v * dt)                               <L 15>
        var_7 = wp::mul(var_5, var_dt);
        var_8 = wp::add(var_2, var_7);
        var_9 = wp::volume_world_to_index(var_volume, var_8);
        // density = wp.volume_lookup(volume, int(wp.floor(p_index[0])), int(wp.floor(p_index[1])), int(wp.floor(p_index[2])), dtype=float)       <L 16>
        var_11 = wp::extract(var_9, var_10);
        var_12 = wp::floor(var_11);
        var_13 = wp::int(var_12);
        var_15 = wp::extract(var_9, var_14);
        var_16 = wp::floor(var_15);
        var_17 = wp::int(var_16);
        var_19 = wp::extract(var_9, var_18);
        var_20 = wp::floor(var_19);
        var_21 = wp::int(var_20);
        var_22 = wp::volume_lookup<float>(var_volume, var_13, var_17, var_21);
        // samples[tid] = density                                                                 <L 17>
        // wp::array_store(var_samples, var_0, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_samples, var_0, var_22, adj_samples, adj_0, adj_22);
        // adj: samples[tid] = density                                                            <L 17>
        wp::adj_extract(var_9, var_18, adj_9, adj_18, adj_19);
        wp::adj_extract(var_9, var_14, adj_9, adj_14, adj_15);
        wp::adj_extract(var_9, var_10, adj_9, adj_10, adj_11);
        // adj: density = wp.volume_lookup(volume, int(wp.floor(p_index[0])), int(wp.floor(p_index[1])), int(wp.floor(p_index[2])), dtype=float)  <L 16>
        wp::adj_volume_world_to_index(var_volume, var_8, adj_volume, adj_8, adj_9);
        wp::adj_add(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_mul(var_5, var_dt, adj_5, adj_dt, adj_7);
        // adj: p_index = wp.volume_world_to_index(volume, pos + v * dt)                          <L 15>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_4);
        // adj: v = particle_v[tid]                                                               <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: pos = positions[tid]                                                              <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def sample_density(                                                               <L 5>
        return;
}

