// Warp 1.19.0 cuda code for rotate_positions_77966dfb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void rotate_positions_b0da7c5e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::vec_t<3, wp::float32> var_target,
    wp::float32 var_angular_freq,
    wp::float32 var_sim_time,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out)
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
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 2;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 2;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        //---------
        // forward
        // def rotate_positions(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // x = particle_x[tid]                                                                    <L 13>
        var_1 = wp::address(var_particle_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = angular_freq * sim_time                                                            <L 14>
        var_4 = wp::mul(var_angular_freq, var_sim_time);
        // c = wp.cos(a)                                                                          <L 15>
        var_5 = wp::cos(var_4);
        // s = wp.sin(a)                                                                          <L 16>
        var_6 = wp::sin(var_4);
        // p = x - target                                                                         <L 17>
        var_7 = wp::sub(var_2, var_target);
        // q = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])                           <L 19>
        var_9 = wp::extract(var_7, var_8);
        var_10 = wp::mul(var_5, var_9);
        var_12 = wp::extract(var_7, var_11);
        var_13 = wp::mul(var_6, var_12);
        var_14 = wp::add(var_10, var_13);
        var_16 = wp::extract(var_7, var_15);
        var_17 = wp::neg(var_6);
        var_19 = wp::extract(var_7, var_18);
        var_20 = wp::mul(var_17, var_19);
        var_22 = wp::extract(var_7, var_21);
        var_23 = wp::mul(var_5, var_22);
        var_24 = wp::add(var_20, var_23);
        var_25 = wp::vec_t<3, wp::float32>(var_14, var_16, var_24);
        // points_out[tid] = target + q                                                           <L 20>
        var_26 = wp::add(var_target, var_25);
        wp::array_store(var_points_out, var_0, var_26);
}



extern "C" __global__ void rotate_positions_b0da7c5e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::vec_t<3, wp::float32> var_target,
    wp::float32 var_angular_freq,
    wp::float32 var_sim_time,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::vec_t<3, wp::float32> adj_target,
    wp::float32 adj_angular_freq,
    wp::float32 adj_sim_time,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points_out)
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
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 2;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 2;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        //---------
        // forward
        // def rotate_positions(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // x = particle_x[tid]                                                                    <L 13>
        var_1 = wp::address(var_particle_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = angular_freq * sim_time                                                            <L 14>
        var_4 = wp::mul(var_angular_freq, var_sim_time);
        // c = wp.cos(a)                                                                          <L 15>
        var_5 = wp::cos(var_4);
        // s = wp.sin(a)                                                                          <L 16>
        var_6 = wp::sin(var_4);
        // p = x - target                                                                         <L 17>
        var_7 = wp::sub(var_2, var_target);
        // q = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])                           <L 19>
        var_9 = wp::extract(var_7, var_8);
        var_10 = wp::mul(var_5, var_9);
        var_12 = wp::extract(var_7, var_11);
        var_13 = wp::mul(var_6, var_12);
        var_14 = wp::add(var_10, var_13);
        var_16 = wp::extract(var_7, var_15);
        var_17 = wp::neg(var_6);
        var_19 = wp::extract(var_7, var_18);
        var_20 = wp::mul(var_17, var_19);
        var_22 = wp::extract(var_7, var_21);
        var_23 = wp::mul(var_5, var_22);
        var_24 = wp::add(var_20, var_23);
        var_25 = wp::vec_t<3, wp::float32>(var_14, var_16, var_24);
        // points_out[tid] = target + q                                                           <L 20>
        var_26 = wp::add(var_target, var_25);
        // wp::array_store(var_points_out, var_0, var_26);
        //---------
        // reverse
        wp::adj_array_store(var_points_out, var_0, var_26, adj_points_out, adj_0, adj_26);
        wp::adj_add(var_target, var_25, adj_target, adj_25, adj_26);
        // adj: points_out[tid] = target + q                                                      <L 20>
        wp::adj_vec_t(var_14, var_16, var_24, adj_14, adj_16, adj_24, adj_25);
        wp::adj_add(var_20, var_23, adj_20, adj_23, adj_24);
        wp::adj_mul(var_5, var_22, adj_5, adj_22, adj_23);
        wp::adj_extract(var_7, var_21, adj_7, adj_21, adj_22);
        wp::adj_mul(var_17, var_19, adj_17, adj_19, adj_20);
        wp::adj_extract(var_7, var_18, adj_7, adj_18, adj_19);
        wp::adj_neg(var_6, adj_6, adj_17);
        wp::adj_extract(var_7, var_15, adj_7, adj_15, adj_16);
        wp::adj_add(var_10, var_13, adj_10, adj_13, adj_14);
        wp::adj_mul(var_6, var_12, adj_6, adj_12, adj_13);
        wp::adj_extract(var_7, var_11, adj_7, adj_11, adj_12);
        wp::adj_mul(var_5, var_9, adj_5, adj_9, adj_10);
        wp::adj_extract(var_7, var_8, adj_7, adj_8, adj_9);
        // adj: q = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])                      <L 19>
        wp::adj_sub(var_2, var_target, adj_2, adj_target, adj_7);
        // adj: p = x - target                                                                    <L 17>
        wp::adj_sin(var_4, adj_4, adj_6);
        // adj: s = wp.sin(a)                                                                     <L 16>
        wp::adj_cos(var_4, adj_4, adj_5);
        // adj: c = wp.cos(a)                                                                     <L 15>
        wp::adj_mul(var_angular_freq, var_sim_time, adj_angular_freq, adj_sim_time, adj_4);
        // adj: a = angular_freq * sim_time                                                       <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
        // adj: x = particle_x[tid]                                                               <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def rotate_positions(                                                             <L 5>
        return;
}

