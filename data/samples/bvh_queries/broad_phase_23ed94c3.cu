// Warp 1.19.0 cuda code for broad_phase_23ed94c3.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void broad_phase_ad1656f1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::float32 var_extent,
    wp::array_t<wp::float32> var_counts)
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
        wp::int32 var_4;
        const wp::int32 var_5 = 1024;
        wp::int32 var_6;
        const wp::int32 var_7 = 31;
        wp::int32 var_8;
        const wp::int32 var_9 = 5;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1024;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 4096;
        wp::int32 var_16;
        const wp::float32 var_17 = 0.25;
        const wp::float32 var_18 = 4.0;
        const wp::float32 var_19 = 3.0;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        //---------
        // forward
        // def broad_phase(bvh: wp.uint64, centers: wp.array(dtype=wp.vec3), extent: float, counts: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // c = centers[tid]                                                                       <L 7>
        var_1 = wp::address(var_centers, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // slot = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(5)) % 1024) % 4096                      <L 8>
        var_4 = wp::abs(var_0);
        var_6 = wp::mod(var_4, var_5);
        var_8 = wp::mul(var_6, var_7);
        var_10 = wp::int(var_9);
        var_11 = wp::abs(var_10);
        var_13 = wp::mod(var_11, var_12);
        var_14 = wp::add(var_8, var_13);
        var_16 = wp::mod(var_14, var_15);
        // separation = wp.length(c - wp.vec3(0.25, 4.0, 3.0))                                    <L 9>
        var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
        var_21 = wp::sub(var_2, var_20);
        var_22 = wp::length(var_21);
        // dir_2 = c                                                                              <L 10>
        var_23 = wp::copy(var_2);
        // counts[tid] = extent + float(slot) + separation + wp.length(dir_2)                     <L 11>
        var_24 = wp::float(var_16);
        var_25 = wp::add(var_extent, var_24);
        var_26 = wp::add(var_25, var_22);
        var_27 = wp::length(var_23);
        var_28 = wp::add(var_26, var_27);
        wp::array_store(var_counts, var_0, var_28);
}



extern "C" __global__ void broad_phase_ad1656f1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::float32 var_extent,
    wp::array_t<wp::float32> var_counts,
    wp::uint64 adj_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::float32 adj_extent,
    wp::array_t<wp::float32> adj_counts)
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
        wp::int32 var_4;
        const wp::int32 var_5 = 1024;
        wp::int32 var_6;
        const wp::int32 var_7 = 31;
        wp::int32 var_8;
        const wp::int32 var_9 = 5;
        wp::int32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1024;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 4096;
        wp::int32 var_16;
        const wp::float32 var_17 = 0.25;
        const wp::float32 var_18 = 4.0;
        const wp::float32 var_19 = 3.0;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        //---------
        // forward
        // def broad_phase(bvh: wp.uint64, centers: wp.array(dtype=wp.vec3), extent: float, counts: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // c = centers[tid]                                                                       <L 7>
        var_1 = wp::address(var_centers, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // slot = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(5)) % 1024) % 4096                      <L 8>
        var_4 = wp::abs(var_0);
        var_6 = wp::mod(var_4, var_5);
        var_8 = wp::mul(var_6, var_7);
        var_10 = wp::int(var_9);
        var_11 = wp::abs(var_10);
        var_13 = wp::mod(var_11, var_12);
        var_14 = wp::add(var_8, var_13);
        var_16 = wp::mod(var_14, var_15);
        // separation = wp.length(c - wp.vec3(0.25, 4.0, 3.0))                                    <L 9>
        var_20 = wp::vec_t<3, wp::float32>(var_17, var_18, var_19);
        var_21 = wp::sub(var_2, var_20);
        var_22 = wp::length(var_21);
        // dir_2 = c                                                                              <L 10>
        var_23 = wp::copy(var_2);
        // counts[tid] = extent + float(slot) + separation + wp.length(dir_2)                     <L 11>
        var_24 = wp::float(var_16);
        var_25 = wp::add(var_extent, var_24);
        var_26 = wp::add(var_25, var_22);
        var_27 = wp::length(var_23);
        var_28 = wp::add(var_26, var_27);
        // wp::array_store(var_counts, var_0, var_28);
        //---------
        // reverse
        wp::adj_array_store(var_counts, var_0, var_28, adj_counts, adj_0, adj_28);
        wp::adj_add(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_length(var_23, var_27, adj_23, adj_27);
        wp::adj_add(var_25, var_22, adj_25, adj_22, adj_26);
        wp::adj_add(var_extent, var_24, adj_extent, adj_24, adj_25);
        wp::adj_float(var_16, adj_16, adj_24);
        // adj: counts[tid] = extent + float(slot) + separation + wp.length(dir_2)                <L 11>
        wp::adj_copy(var_2, adj_2, adj_23);
        // adj: dir_2 = c                                                                         <L 10>
        wp::adj_length(var_21, var_22, adj_21, adj_22);
        wp::adj_sub(var_2, var_20, adj_2, adj_20, adj_21);
        wp::adj_vec_t(var_17, var_18, var_19, adj_17, adj_18, adj_19, adj_20);
        // adj: separation = wp.length(c - wp.vec3(0.25, 4.0, 3.0))                               <L 9>
        wp::adj_mod(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_add(var_8, var_13, adj_8, adj_13, adj_14);
        wp::adj_mod(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_abs(var_10, adj_10, adj_11);
        wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_mod(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_abs(var_0, adj_0, adj_4);
        // adj: slot = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(5)) % 1024) % 4096                 <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_centers, var_0, adj_centers, adj_0, adj_1);
        // adj: c = centers[tid]                                                                  <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def broad_phase(bvh: wp.uint64, centers: wp.array(dtype=wp.vec3), extent: float, counts: wp.array(dtype=float)):  <L 5>
        return;
}

