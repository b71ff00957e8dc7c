// Warp 1.19.0 cuda code for variable_work_c5db8223.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void variable_work_299451b7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::float32> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 16;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::float32 var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        const wp::float32 var_12 = 0.9;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.1;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        //---------
        // forward
        // def variable_work(values: wp.array(dtype=float), counts: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // x0 = values[tid]                                                                       <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // reps = wp.clamp(counts[tid], 0, 16)                                                    <L 8>
        var_4 = wp::address(var_counts, var_0);
        var_8 = wp::load(var_4);
        var_7 = wp::clamp(var_8, var_5, var_6);
        // state = x0                                                                             <L 9>
        var_9 = wp::copy(var_2);
        // for it in range(reps):                                                                 <L 10>
        var_10 = wp::range(var_7);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
            // state = 0.9 * state + 0.1 * wp.tanh(x0 + float(it))                                <L 11>
            var_13 = wp::mul(var_12, var_9);
            var_15 = wp::float(var_11);
            var_16 = wp::add(var_2, var_15);
            var_17 = wp::tanh(var_16);
            var_18 = wp::mul(var_14, var_17);
            var_19 = wp::add(var_13, var_18);
            wp::assign(var_9, var_19);
            goto start_for_0;
        end_for_0:;
        // out[tid] = state                                                                       <L 12>
        wp::array_store(var_out, var_0, var_9);
}



extern "C" __global__ void variable_work_299451b7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int32> var_counts,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::int32> adj_counts,
    wp::array_t<wp::float32> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 16;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::float32 var_9;
        wp::range_t var_10;
        wp::int32 var_11;
        const wp::float32 var_12 = 0.9;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.1;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::range_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        //---------
        // forward
        // def variable_work(values: wp.array(dtype=float), counts: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // x0 = values[tid]                                                                       <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // reps = wp.clamp(counts[tid], 0, 16)                                                    <L 8>
        var_4 = wp::address(var_counts, var_0);
        var_8 = wp::load(var_4);
        var_7 = wp::clamp(var_8, var_5, var_6);
        // state = x0                                                                             <L 9>
        var_9 = wp::copy(var_2);
        // for it in range(reps):                                                                 <L 10>
        var_10 = wp::range(var_7);
        // out[tid] = state                                                                       <L 12>
        // wp::array_store(var_out, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_9, adj_out, adj_0, adj_9);
        // adj: out[tid] = state                                                                  <L 12>
        var_10 = wp::iter_reverse(var_10);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
            // state = 0.9 * state + 0.1 * wp.tanh(x0 + float(it))                                <L 11>
            var_13 = wp::mul(var_12, var_9);
            var_15 = wp::float(var_11);
            var_16 = wp::add(var_2, var_15);
            var_17 = wp::tanh(var_16);
            var_18 = wp::mul(var_14, var_17);
            var_19 = wp::add(var_13, var_18);
            wp::assign(var_9, var_19);
            wp::adj_assign(var_9, var_19, adj_9, adj_19);
            wp::adj_add(var_13, var_18, adj_13, adj_18, adj_19);
            wp::adj_mul(var_14, var_17, adj_14, adj_17, adj_18);
            wp::adj_tanh(var_16, var_17, adj_16, adj_17);
            wp::adj_add(var_2, var_15, adj_2, adj_15, adj_16);
            wp::adj_float(var_11, adj_11, adj_15);
            wp::adj_mul(var_12, var_9, adj_12, adj_9, adj_13);
            // adj: state = 0.9 * state + 0.1 * wp.tanh(x0 + float(it))                           <L 11>
        	goto start_for_0;
        end_for_0:;
        // adj: for it in range(reps):                                                            <L 10>
        wp::adj_copy(var_2, adj_2, adj_9);
        // adj: state = x0                                                                        <L 9>
        wp::adj_clamp(var_8, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
        wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_4);
        // adj: reps = wp.clamp(counts[tid], 0, 16)                                               <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: x0 = values[tid]                                                                  <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def variable_work(values: wp.array(dtype=float), counts: wp.array(dtype=int), out: wp.array(dtype=float)):  <L 5>
        return;
}

