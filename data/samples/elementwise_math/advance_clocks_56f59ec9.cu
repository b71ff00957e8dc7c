// Warp 1.19.0 cuda code for advance_clocks_56f59ec9.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// advance_clocks.py:26
static CUDA_CALLABLE wp::vec_t<3, wp::float32> hooke_force_0(
    wp::float32 var_k,
    wp::vec_t<3, wp::float32> var_anchor,
    wp::vec_t<3, wp::float32> var_x)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def hooke_force(k: float, anchor: wp.vec3, x: wp.vec3):                                <L 27>
    // return k * (anchor - x)                                                                <L 28>
    var_0 = wp::sub(var_anchor, var_x);
    var_1 = wp::mul(var_k, var_0);
    return var_1;
}


// advance_clocks.py:26
static CUDA_CALLABLE void adj_hooke_force_0(
    wp::float32 var_k,
    wp::vec_t<3, wp::float32> var_anchor,
    wp::vec_t<3, wp::float32> var_x,
    wp::float32 & adj_k,
    wp::vec_t<3, wp::float32> & adj_anchor,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def hooke_force(k: float, anchor: wp.vec3, x: wp.vec3):                                <L 27>
    // return k * (anchor - x)                                                                <L 28>
    var_0 = wp::sub(var_anchor, var_x);
    var_1 = wp::mul(var_k, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_k, var_0, adj_k, adj_0, adj_1);
    wp::adj_sub(var_anchor, var_x, adj_anchor, adj_x, adj_0);
    // adj: return k * (anchor - x)                                                           <L 28>
    // adj: def hooke_force(k: float, anchor: wp.vec3, x: wp.vec3):                           <L 27>
    return;
}



extern "C" __global__ void moment_arm_torque_19099311_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lever_arms,
    wp::array_t<wp::float32> var_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_anchors,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_torques_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // forward
        // def moment_arm_torque(                                                                 <L 32>
        // tid = wp.tid()                                                                         <L 39>
        var_0 = builtin_tid1d();
        // ke = stiffness[tid]                                                                    <L 40>
        var_1 = wp::address(var_stiffness, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // target = anchors[tid]                                                                  <L 41>
        var_4 = wp::address(var_anchors, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // force = hooke_force(ke, target, positions[tid])                                        <L 42>
        var_7 = wp::address(var_positions, var_0);
        var_9 = wp::load(var_7);
        var_8 = hooke_force_0(var_2, var_5, var_9);
        // torques_out[tid] = -wp.cross(force, lever_arms[tid])                                   <L 43>
        var_10 = wp::address(var_lever_arms, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::cross(var_8, var_12);
        var_13 = wp::neg(var_11);
        wp::array_store(var_torques_out, var_0, var_13);
    }
}



extern "C" __global__ void moment_arm_torque_19099311_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lever_arms,
    wp::array_t<wp::float32> var_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_anchors,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_torques_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lever_arms,
    wp::array_t<wp::float32> adj_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_anchors,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_torques_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        //---------
        // forward
        // def moment_arm_torque(                                                                 <L 32>
        // tid = wp.tid()                                                                         <L 39>
        var_0 = builtin_tid1d();
        // ke = stiffness[tid]                                                                    <L 40>
        var_1 = wp::address(var_stiffness, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // target = anchors[tid]                                                                  <L 41>
        var_4 = wp::address(var_anchors, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // force = hooke_force(ke, target, positions[tid])                                        <L 42>
        var_7 = wp::address(var_positions, var_0);
        var_9 = wp::load(var_7);
        var_8 = hooke_force_0(var_2, var_5, var_9);
        // torques_out[tid] = -wp.cross(force, lever_arms[tid])                                   <L 43>
        var_10 = wp::address(var_lever_arms, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::cross(var_8, var_12);
        var_13 = wp::neg(var_11);
        // wp::array_store(var_torques_out, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_torques_out, var_0, var_13, adj_torques_out, adj_0, adj_13);
        wp::adj_neg(var_11, adj_11, adj_13);
        wp::adj_cross(var_8, var_12, adj_8, adj_10, adj_11);
        wp::adj_address(var_lever_arms, var_0, adj_lever_arms, adj_0, adj_10);
        // adj: torques_out[tid] = -wp.cross(force, lever_arms[tid])                              <L 43>
        adj_hooke_force_0(var_2, var_5, var_9, adj_2, adj_5, adj_7, adj_8);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_7);
        // adj: force = hooke_force(ke, target, positions[tid])                                   <L 42>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_anchors, var_0, adj_anchors, adj_0, adj_4);
        // adj: target = anchors[tid]                                                             <L 41>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_stiffness, var_0, adj_stiffness, adj_0, adj_1);
        // adj: ke = stiffness[tid]                                                               <L 40>
        // adj: tid = wp.tid()                                                                    <L 39>
        // adj: def moment_arm_torque(                                                            <L 32>
        continue;
    }
}



extern "C" __global__ void advance_clocks_514880b3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_phase,
    wp::array_t<wp::float32> var_natural_freq,
    wp::float32 var_time_step,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> var_phase_out,
    wp::array_t<wp::float32> var_signal)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 6.283185307179586;
        bool var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // forward
        // def advance_clocks(                                                                    <L 8>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // phi = phase[tid]                                                                       <L 17>
        var_1 = wp::address(var_phase, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // omega_i = natural_freq[tid]                                                            <L 18>
        var_4 = wp::address(var_natural_freq, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // phi_next = phi + omega_i * time_step                                                   <L 19>
        var_7 = wp::mul(var_5, var_time_step);
        var_8 = wp::add(var_2, var_7);
        // if phi_next >= TWO_PI:                                                                 <L 20>
        var_10 = (var_8 >= var_9);
        if (var_10) {
            // phi_next -= TWO_PI                                                                 <L 21>
            var_11 = wp::sub(var_8, var_9);
        }
        var_12 = wp::where(var_10, var_11, var_8);
        // phase_out[tid] = phi_next                                                              <L 22>
        wp::array_store(var_phase_out, var_0, var_12);
        // signal[tid] = amplitude * wp.cos(phi_next)                                             <L 23>
        var_13 = wp::cos(var_12);
        var_14 = wp::mul(var_amplitude, var_13);
        wp::array_store(var_signal, var_0, var_14);
    }
}



extern "C" __global__ void advance_clocks_514880b3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_phase,
    wp::array_t<wp::float32> var_natural_freq,
    wp::float32 var_time_step,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> var_phase_out,
    wp::array_t<wp::float32> var_signal,
    wp::array_t<wp::float32> adj_phase,
    wp::array_t<wp::float32> adj_natural_freq,
    wp::float32 adj_time_step,
    wp::float32 adj_amplitude,
    wp::array_t<wp::float32> adj_phase_out,
    wp::array_t<wp::float32> adj_signal)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 6.283185307179586;
        bool var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        bool adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        //---------
        // forward
        // def advance_clocks(                                                                    <L 8>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // phi = phase[tid]                                                                       <L 17>
        var_1 = wp::address(var_phase, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // omega_i = natural_freq[tid]                                                            <L 18>
        var_4 = wp::address(var_natural_freq, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // phi_next = phi + omega_i * time_step                                                   <L 19>
        var_7 = wp::mul(var_5, var_time_step);
        var_8 = wp::add(var_2, var_7);
        // if phi_next >= TWO_PI:                                                                 <L 20>
        var_10 = (var_8 >= var_9);
        if (var_10) {
            // phi_next -= TWO_PI                                                                 <L 21>
            var_11 = wp::sub(var_8, var_9);
        }
        var_12 = wp::where(var_10, var_11, var_8);
        // phase_out[tid] = phi_next                                                              <L 22>
        // wp::array_store(var_phase_out, var_0, var_12);
        // signal[tid] = amplitude * wp.cos(phi_next)                                             <L 23>
        var_13 = wp::cos(var_12);
        var_14 = wp::mul(var_amplitude, var_13);
        // wp::array_store(var_signal, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_signal, var_0, var_14, adj_signal, adj_0, adj_14);
        wp::adj_mul(var_amplitude, var_13, adj_amplitude, adj_13, adj_14);
        wp::adj_cos(var_12, adj_12, adj_13);
        // adj: signal[tid] = amplitude * wp.cos(phi_next)                                        <L 23>
        wp::adj_array_store(var_phase_out, var_0, var_12, adj_phase_out, adj_0, adj_12);
        // adj: phase_out[tid] = phi_next                                                         <L 22>
        wp::adj_where(var_10, var_11, var_8, adj_10, adj_11, adj_8, adj_12);
        if (var_10) {
            wp::adj_sub(var_8, var_9, adj_8, adj_9, adj_11);
            // adj: phi_next -= TWO_PI                                                            <L 21>
        }
        // adj: if phi_next >= TWO_PI:                                                            <L 20>
        wp::adj_add(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_mul(var_5, var_time_step, adj_5, adj_time_step, adj_7);
        // adj: phi_next = phi + omega_i * time_step                                              <L 19>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_natural_freq, var_0, adj_natural_freq, adj_0, adj_4);
        // adj: omega_i = natural_freq[tid]                                                       <L 18>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_phase, var_0, adj_phase, adj_0, adj_1);
        // adj: phi = phase[tid]                                                                  <L 17>
        // adj: tid = wp.tid()                                                                    <L 16>
        // adj: def advance_clocks(                                                               <L 8>
        continue;
    }
}

