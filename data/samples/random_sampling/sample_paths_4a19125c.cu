// Warp 1.19.0 cuda code for sample_paths_4a19125c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sample_paths_072a13ca_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_results,
    wp::array_t<wp::float32> var_estimate)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint32 var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        wp::shape_t var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        //---------
        // forward
        // def sample_paths(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 7>
        var_1 = wp::rand_init(var_seed, var_0);
        // u = wp.randf(state)                                                                    <L 8>
        var_2 = wp::randf(var_1);
        // g = wp.randn(state)                                                                    <L 9>
        var_3 = wp::randn(var_1);
        // d = wp.sample_unit_sphere_surface(state)                                               <L 10>
        var_4 = wp::sample_unit_sphere_surface(var_1);
        // term = u                                                                               <L 11>
        var_5 = wp::copy(var_2);
        // disk_pt = wp.sample_unit_disk(state)                                                   <L 12>
        var_6 = wp::sample_unit_disk(var_1);
        // dir_sample = wp.sample_unit_hemisphere_surface(state)                                  <L 13>
        var_7 = wp::sample_unit_hemisphere_surface(var_1);
        // value = g + wp.length(d) + term + wp.length(disk_pt) + wp.length(dir_sample)           <L 14>
        var_8 = wp::length(var_4);
        var_9 = wp::add(var_3, var_8);
        var_10 = wp::add(var_9, var_5);
        var_11 = wp::length(var_6);
        var_12 = wp::add(var_10, var_11);
        var_13 = wp::length(var_7);
        var_14 = wp::add(var_12, var_13);
        // results[tid] = value                                                                   <L 15>
        wp::array_store(var_results, var_0, var_14);
        // wp.atomic_add(estimate, 0, value / float(results.shape[0]))                            <L 16>
        var_16 = &(var_results.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        var_20 = wp::float(var_18);
        var_21 = wp::div(var_14, var_20);
        var_22 = wp::atomic_add(var_estimate, var_15, var_21);
}



extern "C" __global__ void sample_paths_072a13ca_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::float32> var_results,
    wp::array_t<wp::float32> var_estimate,
    wp::int32 adj_seed,
    wp::array_t<wp::float32> adj_results,
    wp::array_t<wp::float32> adj_estimate)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint32 var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        wp::shape_t var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::shape_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::shape_t adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        //---------
        // forward
        // def sample_paths(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // state = wp.rand_init(seed, tid)                                                        <L 7>
        var_1 = wp::rand_init(var_seed, var_0);
        // u = wp.randf(state)                                                                    <L 8>
        var_2 = wp::randf(var_1);
        // g = wp.randn(state)                                                                    <L 9>
        var_3 = wp::randn(var_1);
        // d = wp.sample_unit_sphere_surface(state)                                               <L 10>
        var_4 = wp::sample_unit_sphere_surface(var_1);
        // term = u                                                                               <L 11>
        var_5 = wp::copy(var_2);
        // disk_pt = wp.sample_unit_disk(state)                                                   <L 12>
        var_6 = wp::sample_unit_disk(var_1);
        // dir_sample = wp.sample_unit_hemisphere_surface(state)                                  <L 13>
        var_7 = wp::sample_unit_hemisphere_surface(var_1);
        // value = g + wp.length(d) + term + wp.length(disk_pt) + wp.length(dir_sample)           <L 14>
        var_8 = wp::length(var_4);
        var_9 = wp::add(var_3, var_8);
        var_10 = wp::add(var_9, var_5);
        var_11 = wp::length(var_6);
        var_12 = wp::add(var_10, var_11);
        var_13 = wp::length(var_7);
        var_14 = wp::add(var_12, var_13);
        // results[tid] = value                                                                   <L 15>
        // wp::array_store(var_results, var_0, var_14);
        // wp.atomic_add(estimate, 0, value / float(results.shape[0]))                            <L 16>
        var_16 = &(var_results.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        var_20 = wp::float(var_18);
        var_21 = wp::div(var_14, var_20);
        // var_22 = wp::atomic_add(var_estimate, var_15, var_21);
        //---------
        // reverse
        wp::adj_atomic_add(var_estimate, var_15, var_21, adj_estimate, adj_15, adj_21, adj_22);
        wp::adj_div(var_14, var_20, var_21, adj_14, adj_20, adj_21);
        wp::adj_float(var_18, adj_18, adj_20);
        adj_results.shape = adj_16;
        // adj: wp.atomic_add(estimate, 0, value / float(results.shape[0]))                       <L 16>
        wp::adj_array_store(var_results, var_0, var_14, adj_results, adj_0, adj_14);
        // adj: results[tid] = value                                                              <L 15>
        wp::adj_add(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_length(var_7, var_13, adj_7, adj_13);
        wp::adj_add(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_length(var_6, var_11, adj_6, adj_11);
        wp::adj_add(var_9, var_5, adj_9, adj_5, adj_10);
        wp::adj_add(var_3, var_8, adj_3, adj_8, adj_9);
        wp::adj_length(var_4, var_8, adj_4, adj_8);
        // adj: value = g + wp.length(d) + term + wp.length(disk_pt) + wp.length(dir_sample)      <L 14>
        // adj: dir_sample = wp.sample_unit_hemisphere_surface(state)                             <L 13>
        // adj: disk_pt = wp.sample_unit_disk(state)                                              <L 12>
        wp::adj_copy(var_2, adj_2, adj_5);
        // adj: term = u                                                                          <L 11>
        // adj: d = wp.sample_unit_sphere_surface(state)                                          <L 10>
        // adj: g = wp.randn(state)                                                               <L 9>
        // adj: u = wp.randf(state)                                                               <L 8>
        // adj: state = wp.rand_init(seed, tid)                                                   <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def sample_paths(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):  <L 5>
        return;
}

